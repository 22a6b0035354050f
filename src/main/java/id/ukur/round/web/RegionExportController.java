package id.ukur.round.web;

import id.ukur.organization.CurrentUser;
import id.ukur.round.RoundReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The region-wide export of every value of a year's rounds, written straight into the
 * response (no page, no size limit, bounded memory).
 */
@RestController
@Tag(name = "Measurement rounds")
class RegionExportController {

	private final RoundReports rounds;

	RegionExportController(RoundReports rounds) {
		this.rounds = rounds;
	}

	@GetMapping("/api/v1/regions/{region}/rounds/{year}/entries.xlsx")
	@Operation(summary = "Every value of the region's rounds of a year, with achievement and rating (XLSX)")
	void entries(@PathVariable String region, @PathVariable int year, @AuthenticationPrincipal CurrentUser user,
			HttpServletResponse response) {
		export(region, year, user, response);
	}

	/** The same file for a signed-in page user: the user's own region. */
	@GetMapping("/rounds/region/entries.xlsx")
	@io.swagger.v3.oas.annotations.Hidden
	void entriesOfMyRegion(@RequestParam int year, @AuthenticationPrincipal CurrentUser user,
			HttpServletResponse response) {
		export(user.regionCode(), year, user, response);
	}

	private void export(String region, int year, CurrentUser user, HttpServletResponse response) {
		this.rounds.exportRegion(region, year, user, () -> {
			response.setContentType(RoundFiles.XLSX.toString());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("nilai-" + region + "-" + year + ".xlsx")
						.build()
						.toString());
			try {
				return response.getOutputStream();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

}
