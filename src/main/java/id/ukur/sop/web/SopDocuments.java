package id.ukur.sop.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Letterheads;
import id.ukur.organization.Organization;
import id.ukur.shared.NotFoundException;
import id.ukur.shared.PdfRenderer;
import id.ukur.sop.SopRevision;
import id.ukur.sop.Sops;
import id.ukur.sop.internal.ChartGeometry;
import id.ukur.sop.internal.SopChart;

import org.springframework.stereotype.Component;

/**
 * The official rendering of an SOP revision: the model the page and the PDF share, and
 * the PDF.
 */
@Component
class SopDocuments {

	private final Organization organization;

	private final PdfRenderer pdf;

	private final Sops sops;

	private final Letterheads letterheads;

	SopDocuments(Organization organization, PdfRenderer pdf, Sops sops, Letterheads letterheads) {
		this.letterheads = letterheads;
		this.organization = organization;
		this.sops = sops;
		this.pdf = pdf;
	}

	/**
	 * @return the revision asked for, or the active one when none is asked for
	 */
	SopRevision shown(String agency, Integer revision, CurrentUser user) {
		if (revision != null) {
			return this.sops.revision(agency, revision, user);
		}
		return this.sops.active(agency, user).orElseThrow(() -> new NotFoundException("sop.unknown", agency));
	}

	Map<String, Object> model(String agency, SopRevision revision, CurrentUser user, boolean paged) {
		Map<String, Object> model = new HashMap<>();
		model.put("agency", this.organization.agency(agency, user));
		model.put("revision", revision);
		model.put("sop", revision.definition());
		SopChart chart = new SopChart(revision.definition(), paged ? ChartGeometry.PRINT : ChartGeometry.SCREEN);
		model.put("pages", chart.pages());
		// the table's columns and the flowchart strips are laid out from the same widths
		model.put("geometry", chart.geometry());
		model.put("paged", paged);
		return model;
	}

	byte[] pdf(String agency, SopRevision revision, CurrentUser user, Locale locale) {
		Map<String, Object> model = model(agency, revision, user, true);
		// the region's letterhead heads the printed SOP only (docs/rounds.md,
		// "Documents")
		model.put("letterhead",
				this.letterheads.of(((id.ukur.organization.AgencyView) model.get("agency")).regionId()));
		return this.pdf.render("pdf/sop", model, locale);
	}

}
