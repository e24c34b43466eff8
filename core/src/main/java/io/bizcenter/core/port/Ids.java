package io.bizcenter.core.port;

/**
 * Where new ids come from (cases, notices); core never invents them itself, so tests can fix them. An id must be
 * unique within its center, never reused there, at most 64 characters; two centers may share one sequence, since every
 * store keys what it keeps by (center, id). A store answers an id its center already used with an exception.
 */
public interface Ids {
  String next();
}
