package io.bizcenter.core.port;

/** Where new ids come from (cases, notices); core never invents them itself, so tests can fix them. */
public interface Ids {
  String next();
}
