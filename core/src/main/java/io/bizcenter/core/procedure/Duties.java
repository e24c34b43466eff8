package io.bizcenter.core.procedure;

import io.bizcenter.core.agenda.AgendaItem;
import java.time.ZoneId;
import java.util.List;

/**
 * What a case owes, for the agenda (GS-7): computed after every accepted decision and stored with the case, in
 * the same transaction. Most procedures owe their next declared step ({@link DeclaredDuties}); a procedure with a
 * timeline of its own (meeting reception) owes its open tasks.
 */
@FunctionalInterface
public interface Duties<C> {
  List<AgendaItem> owed(C current, ZoneId zone);
}
