package io.bizcenter.core.tenancy;

import java.util.Collection;
import java.util.List;

/** The client file (客户档案, MI-6.3 a to e): the documents filed, latest per kind, and the client's contacts. */
public record ClientFile(List<FiledDocument> documents, List<ClientContact> contacts) {
  public ClientFile {
    documents = List.copyOf(documents);
    contacts = List.copyOf(contacts);
  }

  public boolean holds(ClientDocument kind) {
    return documents.stream().anyMatch(d -> d.kind() == kind);
  }

  /** The required documents the file does not hold yet, in the source's order (a to e). */
  public List<ClientDocument> missing(Collection<ClientDocument> required) {
    return java.util.Arrays.stream(ClientDocument.values()).filter(required::contains).filter(kind -> !holds(kind)).toList();
  }
}
