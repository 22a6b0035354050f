package id.ukur.sop.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.ukur.organization.AgencyView;
import id.ukur.organization.DemoOrganizationLoaded;
import id.ukur.organization.Organization;
import id.ukur.sop.SopDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the five seed SOPs ({@code sop/seeds/{agency}.yaml}) into their demo agencies as
 * the first revision, once; an agency that already has an SOP is left alone.
 */
@Component
class DemoSopLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoSopLoader.class);

	private static final DateTimeFormatter INDONESIAN = DateTimeFormatter.ofPattern("d MMMM yyyy",
			new Locale("id", "ID"));

	private final Organization organization;

	private final SopStore store;

	private final SopService sops;

	DemoSopLoader(Organization organization, SopStore store, SopService sops) {
		this.organization = organization;
		this.store = store;
		this.sops = sops;
	}

	@EventListener
	void load(DemoOrganizationLoaded event) throws IOException {
		int loaded = 0;
		for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:sop/seeds/*.yaml")) {
			String name = String.valueOf(file.getFilename());
			AgencyView agency = this.organization.agencyByCode(name.replace(".yaml", "")).orElse(null);
			if (agency == null || this.store.active(agency.id()).isPresent()) {
				continue;
			}
			SopDefinition definition = this.sops.parse(read(file), true);
			this.sops.load(agency.id(), definition, revisionDate(definition));
			loaded++;
		}
		if (loaded > 0) {
			log.info("Seed SOPs loaded: {}", loaded);
		}
	}

	/**
	 * The SOP's own date: effective, else created, as written ("01 Januari 2023",
	 * "Januari 2023").
	 */
	static LocalDate revisionDate(SopDefinition definition) {
		for (String written : new String[] { definition.identity().effectiveOn(), definition.identity().createdOn() }) {
			if (written == null) {
				continue;
			}
			try {
				return LocalDate.parse(written.trim(), INDONESIAN);
			}
			catch (DateTimeParseException ex) {
				Matcher year = Pattern.compile("(\\d{4})").matcher(written);
				if (year.find()) {
					return LocalDate.of(Integer.parseInt(year.group(1)), 1, 1);
				}
			}
		}
		return LocalDate.of(2020, 1, 1);
	}

	private static String read(Resource file) {
		try (InputStream in = file.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
