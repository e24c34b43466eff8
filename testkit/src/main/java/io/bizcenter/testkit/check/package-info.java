/**
 * The stateful check of a vendor's configuration: random command sequences by random actors through the procedures,
 * on fresh centers built the vendor's way, every shared rule checked after every step, failures shrunk to the
 * shortest sequence found and reported with their seed, and the states and transitions the runs reached.
 *
 * <p>A vendor's test extends {@link io.bizcenter.testkit.check.ConfigurationCheck} and answers
 * {@code configuration()} with a {@link io.bizcenter.testkit.check.Configuration}, or calls
 * {@link io.bizcenter.testkit.check.ProcedureCheck} and reads its {@link io.bizcenter.testkit.check.CheckReport}. A
 * {@link io.bizcenter.testkit.check.Drill} tells the check how to drive one procedure. The judge, the step log and the
 * store snapshot the check is built on ({@link io.bizcenter.testkit.check.CommandJudge},
 * {@link io.bizcenter.testkit.check.StepLog}, {@link io.bizcenter.testkit.check.StoreSnapshot}) are the library's own
 * property tests' too. docs/testing-your-configuration.md shows the calls.
 */
package io.bizcenter.testkit.check;
