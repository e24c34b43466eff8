package io.bizcenter.core.kernel;

import java.util.Locale;

/**
 * A value a clerk reads in the words of their own language. {@link Messages} shows it by its label, as it shows an enum,
 * so a message never carries an internal name (a holder's {@code STAFF:se-1}, a furniture kind's {@code FILING_CABINET}).
 */
public interface Labelled {
  String label(Locale locale);
}
