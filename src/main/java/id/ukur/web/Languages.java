package id.ukur.web;

import java.util.Locale;

/** The two languages of the UI. */
final class Languages {

	static final Locale INDONESIAN = new Locale("id", "ID");

	private Languages() {
	}

}
