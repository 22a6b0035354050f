package id.ukur.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The public address of the installation ({@value #PROPERTY}), printed in the sealed
 * reports' QR codes and in e-mail links. Without it they point to {@value #DEFAULT},
 * which no reader of a printed report can open: the start log says so once and the
 * administration page shows it to administrators (README, "Configuration").
 */
@Component
public class PublicAddress {

	/** The property that sets the address. */
	public static final String PROPERTY = "ukur.base-url";

	/** The address used when the property is not set. */
	public static final String DEFAULT = "http://localhost:8080";

	private static final Logger log = LoggerFactory.getLogger(PublicAddress.class);

	private final String url;

	private final boolean configured;

	PublicAddress(Environment environment) {
		String value = environment.getProperty(PROPERTY);
		this.configured = value != null && !value.isBlank();
		String url = this.configured ? value.strip() : DEFAULT;
		this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/**
	 * @return the address without a trailing slash
	 */
	public String url() {
		return this.url;
	}

	/**
	 * @return the name of the property that sets the address, for pages that name it
	 */
	public String property() {
		return PROPERTY;
	}

	/**
	 * @return whether the installation set its public address
	 */
	public boolean configured() {
		return this.configured;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnIfUnset() {
		if (!this.configured) {
			log.warn(
					"{} is not set: the QR codes of sealed reports and the links in e-mails point to {}."
							+ " Set it to the address readers open, e.g. --{}=https://ukur.example.go.id",
					PROPERTY, DEFAULT, PROPERTY);
		}
	}

}
