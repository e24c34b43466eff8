/**
 * Personal data under China's Personal Information Protection Law, across every procedure: erasure of one person,
 * access to everything held about one person, and retention (docs/personal-data.md). The entry point is
 * {@link io.bizcenter.core.privacy.PersonalDataDesk}, from {@code BusinessCenter.personalData()}.
 */
package io.bizcenter.core.privacy;
