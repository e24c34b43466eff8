package io.bizcenter.core.contracts;

import static io.bizcenter.core.contracts.ContractState.*;

import io.bizcenter.core.kernel.Department;
import io.bizcenter.core.kernel.PolicyVersion;
import io.bizcenter.core.kernel.TimeLimit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The contract procedure's policy values (GS-4), with the source's numbers as defaults: the standard template of each
 * contract type and its version (CS-1.1), the originals printed and where ours go (four; Administration and Finance,
 * CS-2.1, CS-4.1), the approval chain (CS-3.1, see {@link ApprovalChain#defaults()}), which departments review a
 * deviation on each topic (CS-1.1), and how long a contract may stand in each state before its next step is overdue.
 *
 * <p>The source names "the departments concerned" for a deviation without naming them; the defaults send every
 * deviation to Legal, a change of rent or payment to Finance too, and a change of use or fitting-out to Engineering
 * too. It gives no deadlines: the defaults allow five days to settle a draft, two weeks for the tenant to sign, two
 * days for each signature of the chain, three for the originals to arrive, two for each step of the payment notice.
 */
public record ContractPolicy(
    PolicyVersion version,
    Map<ContractType, StandardTemplate> templates,
    Originals originals,
    ApprovalChain chain,
    Map<DeviationTopic, List<Department>> deviationReviewers,
    Map<ContractState, TimeLimit> timeAllowed) {
  public static final PolicyVersion DEFAULT_VERSION = PolicyVersion.of("CS-default-1");

  public ContractPolicy {
    templates = Map.copyOf(templates);
    deviationReviewers = Map.copyOf(deviationReviewers);
    timeAllowed = Map.copyOf(timeAllowed);
    for (ContractType type : ContractType.values()) {
      if (!templates.containsKey(type) || templates.get(type).type() != type) {
        throw new IllegalArgumentException("no standard template for " + type + ": " + templates);
      }
    }
    for (DeviationTopic topic : DeviationTopic.values()) {
      if (deviationReviewers.getOrDefault(topic, List.of()).isEmpty()) {
        throw new IllegalArgumentException("no department reviews a deviation on " + topic);
      }
    }
  }

  public static ContractPolicy defaults() {
    Map<ContractType, StandardTemplate> templates = new EnumMap<>(ContractType.class);
    templates.put(ContractType.LEASE, new StandardTemplate(ContractType.LEASE, "LEASE-STD", "1"));
    templates.put(ContractType.PHONE_LINE_TRANSFER, new StandardTemplate(ContractType.PHONE_LINE_TRANSFER, "PHONE-LINE-STD", "1"));
    templates.put(ContractType.PARKING, new StandardTemplate(ContractType.PARKING, "PARKING-STD", "1"));
    Map<DeviationTopic, List<Department>> reviewers = new EnumMap<>(DeviationTopic.class);
    reviewers.put(DeviationTopic.RENT_AND_PAYMENT, List.of(Department.FINANCE, Department.LEGAL));
    reviewers.put(DeviationTopic.TERM_AND_RENEWAL, List.of(Department.LEGAL));
    reviewers.put(DeviationTopic.LIABILITY_AND_TERMINATION, List.of(Department.LEGAL));
    reviewers.put(DeviationTopic.USE_AND_FITTING_OUT, List.of(Department.ENGINEERING, Department.LEGAL));
    reviewers.put(DeviationTopic.OTHER, List.of(Department.LEGAL));
    Map<ContractState, TimeLimit> limits = new EnumMap<>(ContractState.class);
    limits.put(DRAFTING, TimeLimit.ofDays(5));
    limits.put(OUT_FOR_SIGNATURE, TimeLimit.ofDays(14));
    limits.put(IN_REVIEW, TimeLimit.ofDays(2));
    limits.put(ISSUED, TimeLimit.ofDays(3));
    limits.put(PAYMENT_NOTICE_DRAFTED, TimeLimit.ofDays(2));
    limits.put(PAYMENT_NOTICE_REVIEWED, TimeLimit.ofDays(2));
    limits.put(PAYMENT_NOTICE_STAMPED, TimeLimit.ofDays(2));
    limits.put(PAYMENT_NOTICE_SIGNED_FOR, TimeLimit.ofDays(2));
    return new ContractPolicy(DEFAULT_VERSION, templates, Originals.defaults(), ApprovalChain.defaults(), reviewers, limits);
  }

  /** A copy under a new version with another approval chain; a contract keeps the chain it was drafted under. */
  public ContractPolicy with(PolicyVersion newVersion, ApprovalChain newChain) {
    return new ContractPolicy(newVersion, templates, originals, newChain, deviationReviewers, timeAllowed);
  }

  /** A copy under a new version printing other originals. */
  public ContractPolicy with(PolicyVersion newVersion, Originals newOriginals) {
    return new ContractPolicy(newVersion, templates, newOriginals, chain, deviationReviewers, timeAllowed);
  }

  /** A copy under a new version drafting from a revised template. */
  public ContractPolicy with(PolicyVersion newVersion, StandardTemplate template) {
    Map<ContractType, StandardTemplate> all = new EnumMap<>(templates);
    all.put(template.type(), template);
    return new ContractPolicy(newVersion, all, originals, chain, deviationReviewers, timeAllowed);
  }

  public StandardTemplate template(ContractType type) {
    return templates.get(type);
  }

  public List<Department> reviewersOf(DeviationTopic topic) {
    return deviationReviewers.get(topic);
  }

  /** The time allowed in a state; a state the policy does not name (only a final one) gets a day. */
  public TimeLimit timeAllowed(ContractState state) {
    return timeAllowed.getOrDefault(state, TimeLimit.ofDays(1));
  }
}
