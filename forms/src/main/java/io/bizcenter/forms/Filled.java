package io.bizcenter.forms;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field a clerk fills in on the form (a receipt's payer, a reply letter's text), as opposed to one taken from the
 * case. Both the input check ({@link FormInput}) and the JSON Schema ({@link FormSchema}) read it, so the limits a
 * screen shows are the limits the check applies. Put on a component of a form's {@code Input} record: a
 * {@code String} (one line, or several when {@link #multiline}), a {@code PersonName}, a {@code PhoneNumber}, or an
 * {@code Optional} of one of these.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Filled {
  /** The most characters (code points) accepted; a name is at most 50 and a phone number 20, whatever this says. */
  int max() default 100;

  /** Whether the text may span lines (a letter's body); a single line refuses line breaks. */
  boolean multiline() default false;
}
