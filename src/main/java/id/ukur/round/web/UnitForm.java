package id.ukur.round.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import id.ukur.round.EntryView;

import org.springframework.web.multipart.MultipartFile;

/**
 * The unit form as posted: one row per value, each with the version it was read at (so
 * that nobody overwrites another's change unknowingly) and the evidence file chosen.
 */
public class UnitForm {

	private List<Row> rows = new ArrayList<>();

	public List<Row> getRows() {
		return this.rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/**
	 * One value as typed, with the version it was read at and a fingerprint of what was
	 * shown, so that only rows the user changed are saved.
	 */
	public static class Row {

		private String code;

		private Long version;

		private String fingerprint;

		private String actual;

		private String note;

		private String enablingFactors;

		private String inhibitingFactors;

		private MultipartFile file;

		static Row of(EntryView entry) {
			Row row = new Row();
			row.code = entry.indicatorCode();
			row.version = entry.version();
			row.actual = (entry.actualText() != null) ? entry.actualText() : RoundFormats.typed(entry.actual());
			row.note = entry.note();
			row.enablingFactors = entry.enablingFactors();
			row.inhibitingFactors = entry.inhibitingFactors();
			row.fingerprint = row.currentFingerprint();
			return row;
		}

		boolean changed() {
			return !Objects.equals(currentFingerprint(), this.fingerprint);
		}

		private String currentFingerprint() {
			return Integer.toHexString(Objects.hash(normal(this.actual), normal(this.note),
					normal(this.enablingFactors), normal(this.inhibitingFactors)));
		}

		private static String normal(String text) {
			return (text == null) ? "" : text.replace("\r\n", "\n").strip();
		}

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

		public String getFingerprint() {
			return this.fingerprint;
		}

		public void setFingerprint(String fingerprint) {
			this.fingerprint = fingerprint;
		}

		public String getActual() {
			return this.actual;
		}

		public void setActual(String actual) {
			this.actual = actual;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public String getEnablingFactors() {
			return this.enablingFactors;
		}

		public void setEnablingFactors(String enablingFactors) {
			this.enablingFactors = enablingFactors;
		}

		public String getInhibitingFactors() {
			return this.inhibitingFactors;
		}

		public void setInhibitingFactors(String inhibitingFactors) {
			this.inhibitingFactors = inhibitingFactors;
		}

		public MultipartFile getFile() {
			return this.file;
		}

		public void setFile(MultipartFile file) {
			this.file = file;
		}

	}

}
