package id.ukur.notification.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.ukur.organization.AgencyView;
import id.ukur.organization.Organization;
import id.ukur.organization.Recipient;
import id.ukur.organization.Role;
import id.ukur.organization.UnitView;
import id.ukur.round.RoundEvents.DeadlineReminder;
import id.ukur.round.RoundEvents.FormsDistributed;
import id.ukur.round.RoundEvents.RoundCancelled;
import id.ukur.round.RoundEvents.RoundSent;
import id.ukur.round.RoundEvents.StepBecameCurrent;
import id.ukur.round.RoundEvents.StepLate;
import id.ukur.round.RoundEvents.ValuesReturned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the people a round now waits for, one mail per person, after the round's
 * transaction has committed. A mail that could not be sent leaves the event's publication
 * incomplete (see {@link Mailer}).
 */
@Component
class RoundMails {

	private static final Logger log = LoggerFactory.getLogger(RoundMails.class);

	private final Organization organization;

	private final RecipientFinder recipients;

	private final MailTexts texts;

	private final Mailer mailer;

	RoundMails(Organization organization, RecipientFinder recipients, MailTexts texts, Mailer mailer) {
		this.organization = organization;
		this.recipients = recipients;
		this.texts = texts;
		this.mailer = mailer;
	}

	@ApplicationModuleListener(readOnlyTransaction = true)
	void on(FormsDistributed event) {
		agency(event.agencyId(), event).ifPresent((agency) -> {
			String subject = this.texts.subject("mail.formsDistributed.subject", event.periodLabel());
			Map<String, String> units = unitNames(agency.id());
			List<Mail> mails = new ArrayList<>();
			for (String unitCode : event.unitCodes()) {
				List<String> paragraphs = new ArrayList<>();
				paragraphs.add(this.texts.text("mail.formsDistributed.body", event.periodLabel(), agency.name(),
						units.getOrDefault(unitCode, unitCode)));
				if (event.deadline() != null) {
					paragraphs
						.add(this.texts.text("mail.formsDistributed.deadline", this.texts.date(event.deadline())));
				}
				mails.addAll(
						compose(this.recipients.ofUnit(agency.id(), unitCode), event.roundId(), subject, paragraphs));
			}
			send(event, mails);
		});
	}

	@ApplicationModuleListener(readOnlyTransaction = true)
	void on(StepBecameCurrent event) {
		agency(event.agencyId(), event).ifPresent((agency) -> {
			List<String> paragraphs = new ArrayList<>();
			paragraphs.add(this.texts.text("mail.stepCurrent.body", event.number(), event.activity(),
					event.periodLabel(), agency.name()));
			if (event.due() != null) {
				String due = this.texts.dateTime(event.due(), this.organization.region(agency.regionId()).timeZone());
				paragraphs.add(this.texts.text("mail.stepCurrent.due", due));
			}
			String subject = this.texts.subject("mail.stepCurrent.subject", event.number(), event.periodLabel());
			send(event, compose(this.recipients.holding(agency, event.roles()), event.roundId(), subject, paragraphs));
		});
	}

	@ApplicationModuleListener(readOnlyTransaction = true)
	void on(ValuesReturned event) {
		agency(event.agencyId(), event).ifPresent((agency) -> {
			List<String> paragraphs = new ArrayList<>();
			paragraphs.add(this.texts.text("mail.valuesReturned.body", unitName(agency.id(), event.unitCode()),
					event.periodLabel(), agency.name()));
			if (!event.indicatorCodes().isEmpty()) {
				paragraphs
					.add(this.texts.text("mail.valuesReturned.indicators", String.join(", ", event.indicatorCodes())));
			}
			paragraphs.add(this.texts.text("mail.valuesReturned.reason", event.reason()));
			String subject = this.texts.subject("mail.valuesReturned.subject", event.periodLabel());
			send(event, compose(this.recipients.ofUnit(agency.id(), event.unitCode()), event.roundId(), subject,
					paragraphs));
		});
	}

	@ApplicationModuleListener(readOnlyTransaction = true)
	void on(DeadlineReminder event) {
		agency(event.agencyId(), event).ifPresent((agency) -> {
			String deadline = this.texts.date(event.deadline());
			String body = this.texts.text(event.overdue() ? "mail.overdue.body" : "mail.reminder.body",
					event.periodLabel(), agency.name(), unitName(agency.id(), event.unitCode()), deadline);
			String subject = this.texts.subject(event.overdue() ? "mail.overdue.subject" : "mail.reminder.subject",
					event.periodLabel(), deadline);
			send(event, compose(this.recipients.ofUnit(agency.id(), event.unitCode()), event.roundId(), subject,
					List.of(body)));
		});
	}

	@ApplicationModuleListener(readOnlyTransaction = true)
	void on(StepLate event) {
		agency(event.agencyId(), event).ifPresent((agency) -> {
			Set<Role> roles = EnumSet.of(Role.PLANNER);
			roles.addAll(event.roles());
			String body = this.texts.text("mail.stepLate.body", event.number(), event.activity(), event.periodLabel(),
					agency.name());
			String subject = this.texts.subject("mail.stepLate.subject", event.number(), event.periodLabel());
			send(event, compose(this.recipients.holding(agency, roles), event.roundId(), subject, List.of(body)));
		});
	}

	@ApplicationModuleListener(readOnlyTransaction = true)
	void on(RoundSent event) {
		agency(event.agencyId(), event).ifPresent((agency) -> {
			String body = this.texts.text("mail.roundSent.body", agency.name(), event.periodLabel());
			String subject = this.texts.subject("mail.roundSent.subject", agency.shortName(), event.periodLabel());
			send(event,
					compose(this.recipients.planningAgency(event.regionId()), event.roundId(), subject, List.of(body)));
		});
	}

	@ApplicationModuleListener(readOnlyTransaction = true)
	void on(RoundCancelled event) {
		agency(event.agencyId(), event).ifPresent((agency) -> {
			List<String> paragraphs = List.of(
					this.texts.text("mail.roundCancelled.body", event.periodLabel(), agency.name()),
					this.texts.text("mail.roundCancelled.reason", event.reason()));
			String subject = this.texts.subject("mail.roundCancelled.subject", event.periodLabel());
			// everyone the round involved in the agency: its officers and the units'
			// users
			Set<Role> roles = EnumSet.of(Role.SECRETARY, Role.PLANNER, Role.TEAM, Role.UNIT_HEAD, Role.UNIT_STAFF);
			send(event, compose(this.recipients.holding(agency, roles), event.roundId(), subject, paragraphs));
		});
	}

	private void send(Object event, List<Mail> mails) {
		this.mailer.send(event.toString(), mails);
	}

	private List<Mail> compose(List<Recipient> to, long roundId, String subject, List<String> paragraphs) {
		return to.stream().map((recipient) -> this.texts.compose(recipient, roundId, subject, paragraphs)).toList();
	}

	private Optional<AgencyView> agency(long agencyId, Object event) {
		Optional<AgencyView> agency = this.organization.agencyById(agencyId);
		if (agency.isEmpty()) {
			log.warn("No mail for {}: agency {} unknown", event, agencyId);
		}
		return agency;
	}

	private Map<String, String> unitNames(long agencyId) {
		return this.organization.unitsOfAgency(agencyId)
			.stream()
			.collect(Collectors.toMap(UnitView::code, UnitView::name, (first, second) -> first));
	}

	private String unitName(long agencyId, String unitCode) {
		return unitNames(agencyId).getOrDefault(unitCode, unitCode);
	}

}
