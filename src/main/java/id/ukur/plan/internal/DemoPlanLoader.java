package id.ukur.plan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.ukur.organization.AgencyView;
import id.ukur.organization.DemoOrganizationLoaded;
import id.ukur.organization.Organization;
import id.ukur.organization.UnitView;
import id.ukur.plan.PlanDocument;
import id.ukur.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo plans ({@code demo/plans/{agency}-{year}.json}) once the demo
 * organisation is there, validated exactly like an upload; a plan already stored is left
 * alone.
 */
@Component
class DemoPlanLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoPlanLoader.class);

	private static final Pattern NAME = Pattern.compile("(.+)-(\\d{4})\\.json");

	private final Organization organization;

	private final PlanStore store;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoPlanLoader(Organization organization, PlanStore store, JsonMapper json, TransactionTemplate transactions,
			Clock clock) {
		this.organization = organization;
		this.store = store;
		this.json = json;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener
	void load(DemoOrganizationLoaded event) throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:demo/plans/*.json");
		int loaded = 0;
		for (Resource file : files) {
			Matcher matcher = NAME.matcher(String.valueOf(file.getFilename()));
			if (matcher.matches() && load(file, matcher.group(1), Integer.parseInt(matcher.group(2)))) {
				loaded++;
			}
		}
		if (loaded > 0) {
			log.info("Demo plans loaded: {}", loaded);
		}
	}

	private boolean load(Resource file, String agencyCode, int year) {
		AgencyView agency = this.organization.agencyByCode(agencyCode).orElse(null);
		if (agency == null || this.store.read(agency.id(), year).isPresent()) {
			return false;
		}
		PlanDocument document;
		try (InputStream in = file.getInputStream()) {
			document = this.json.readValue(in, PlanDocument.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Set<String> units = this.organization.unitsOfAgency(agency.id())
			.stream()
			.map(UnitView::code)
			.collect(Collectors.toSet());
		var roots = PlanTree.roots(document);
		var check = PlanValidator.check(document.year(), year, roots, units);
		if (!check.errors().isEmpty()) {
			throw new InvalidInputException(check.errors());
		}
		this.transactions.executeWithoutResult(
				(status) -> this.store.replace(agency.id(), year, null, roots, "demo", this.clock.instant()));
		return true;
	}

}
