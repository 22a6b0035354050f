package id.ukur.report.internal.region;

import id.ukur.report.internal.region.RegionDashboard.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Where a round stands in words, as the workbook writes it in one cell: "Langkah 5:
 * Validasi (Tim Evaluasi Kinerja) – langkah terlambat, 2 unit terlambat", "Belum
 * diperintahkan", "Diterima Bappeda".
 */
@Component
class RegionTexts {

	private final MessageSource messages;

	RegionTexts(MessageSource messages) {
		this.messages = messages;
	}

	String state(Cell cell, Locale locale) {
		if (!cell.ordered()) {
			return text("dashboard.region.stage.NOT_ORDERED", locale);
		}
		String state = (cell.stepNumber() != null)
				? this.messages.getMessage("dashboard.region.atStep",
						new Object[] { cell.stepNumber(), cell.stepActivity(), cell.lanes() }, locale)
				: text("dashboard.region.stage." + cell.stage().name(), locale);
		List<String> marks = new ArrayList<>();
		if (cell.stepLate()) {
			marks.add(text("dashboard.region.stepLate", locale));
		}
		if (cell.lateUnits() > 0) {
			marks
				.add(this.messages.getMessage("dashboard.region.unitsLate", new Object[] { cell.lateUnits() }, locale));
		}
		return marks.isEmpty() ? state : state + " – " + String.join(", ", marks);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
