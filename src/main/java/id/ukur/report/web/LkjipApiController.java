package id.ukur.report.web;

import java.util.List;
import java.util.Locale;

import id.ukur.organization.CurrentUser;
import id.ukur.report.internal.lkjip.Lkjip;
import id.ukur.report.internal.lkjip.LkjipService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The LKjIP chapter III tables for integrations (docs/api.md): JSON, or the XLSX and DOCX
 * by suffix or by {@code Accept}. Read as the agency's rounds are read.
 */
@RestController
@RequestMapping("/api/v1/agencies/{agency}/lkjip")
@Tag(name = "Dashboards and LKjIP", description = "The read side: figures of the rounds' calculations")
class LkjipApiController {

	private final LkjipService lkjip;

	LkjipApiController(LkjipService lkjip) {
		this.lkjip = lkjip;
	}

	@GetMapping("/{year}")
	@Operation(summary = "The LKjIP chapter III tables of a year: JSON, or XLSX / DOCX when Accept asks for one")
	ResponseEntity<?> tables(@PathVariable String agency, @PathVariable int year,
			@RequestHeader(name = "Accept", required = false) String accept, @AuthenticationPrincipal CurrentUser user,
			Locale locale) {
		Lkjip tables = this.lkjip.tables(agency, year, user, locale);
		List<MediaType> wanted = (accept != null) ? MediaType.parseMediaTypes(accept) : List.of();
		if (wanted.stream().anyMatch(LkjipFiles.XLSX::equalsTypeAndSubtype)) {
			return LkjipFiles.file(this.lkjip.xlsx(tables, locale), LkjipFiles.XLSX, tables.agencyCode(), year);
		}
		if (wanted.stream().anyMatch(LkjipFiles.DOCX::equalsTypeAndSubtype)) {
			return LkjipFiles.file(this.lkjip.docx(tables, locale), LkjipFiles.DOCX, tables.agencyCode(), year);
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(tables);
	}

	@GetMapping("/{year}.xlsx")
	@Operation(summary = "The LKjIP chapter III tables of a year as XLSX")
	ResponseEntity<byte[]> xlsx(@PathVariable String agency, @PathVariable int year,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		Lkjip tables = this.lkjip.tables(agency, year, user, locale);
		return LkjipFiles.file(this.lkjip.xlsx(tables, locale), LkjipFiles.XLSX, tables.agencyCode(), year);
	}

	@GetMapping("/{year}.docx")
	@Operation(summary = "The LKjIP chapter III tables of a year as a Word document (DOCX)")
	ResponseEntity<byte[]> docx(@PathVariable String agency, @PathVariable int year,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		Lkjip tables = this.lkjip.tables(agency, year, user, locale);
		return LkjipFiles.file(this.lkjip.docx(tables, locale), LkjipFiles.DOCX, tables.agencyCode(), year);
	}

}
