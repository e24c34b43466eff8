package io.bizcenter.benchmarks.complaints;

import io.bizcenter.core.BusinessCenter;
import io.bizcenter.core.complaints.Complaint;
import io.bizcenter.core.complaints.ComplaintCommand;
import io.bizcenter.core.kernel.Actor;
import io.bizcenter.core.kernel.Rejection;
import io.vavr.control.Either;

/** The library as a vendor calls it: every command through {@code center.complaints().handle}, on whatever storage the center has. */
public final class LibraryDesk implements ComplaintHandling.OfCases {
  private final BusinessCenter center;
  private final String storage;

  public LibraryDesk(BusinessCenter center, String storage) {
    this.center = center;
    this.storage = storage;
  }

  @Override
  public Complaint open(ComplaintCommand.Opening command, Actor actor) {
    return accepted(center.complaints().handle(command, actor));
  }

  @Override
  public Complaint step(Complaint complaint, ComplaintCommand.OnComplaint command, Actor actor) {
    return accepted(center.complaints().handle(command, actor));
  }

  private static Complaint accepted(Either<Rejection, Complaint> answer) {
    return answer.getOrElseThrow(r -> new IllegalStateException("refused: " + r.code() + " [" + r.clause() + "]"));
  }

  @Override
  public String toString() {
    return "the library's desk on " + storage;
  }
}
