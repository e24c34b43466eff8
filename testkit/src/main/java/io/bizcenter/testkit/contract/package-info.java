/**
 * The store contract suite: what every {@link io.bizcenter.core.Storage} adapter must do, written as abstract
 * JUnit Jupiter classes so that the in-memory adapter, the JDBC adapter (H2, PostgreSQL) and a vendor's own adapter
 * all run the same tests.
 *
 * <p>A vendor extends {@link io.bizcenter.testkit.contract.StorageContract} once and answers
 * {@code newStorage()} with an empty store; every port's suite then runs as a nested class, including suites added
 * in later releases. Each suite is also a public class of its own ({@code CaseStoreContract}, ...) for a vendor who
 * wants to run one port at a time.
 *
 * <p>The suites use the ports only as core's command path does: writes inside {@code inTransaction}, reads and
 * {@code markDelivered} (the notice relay's call) outside. They assume nothing about an adapter beyond the ports'
 * documented contracts, and test data are fixed values (no clock, no randomness), so a failure repeats.
 */
package io.bizcenter.testkit.contract;
