package id.ukur.sop.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import id.ukur.organization.CurrentUser;
import id.ukur.shared.Limits;
import id.ukur.sop.SopAction;
import id.ukur.sop.SopDefinition;
import id.ukur.sop.SopRevision;
import id.ukur.sop.Sops;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/agencies/{agency}")
@Tag(name = "SOP", description = "SOP definitions, revisions and the official rendering")
class SopApiController {

	static final MediaType YAML = MediaType.parseMediaType("application/yaml;charset=UTF-8");

	private final Sops sops;

	private final SopDocuments documents;

	SopApiController(Sops sops, SopDocuments documents) {
		this.sops = sops;
		this.documents = documents;
	}

	@GetMapping("/sop")
	@Operation(summary = "The active SOP definition (JSON, or YAML with ?format=yaml); ?revision=N for an earlier one")
	ResponseEntity<?> definition(@PathVariable String agency, @RequestParam(required = false) String format,
			@RequestParam(required = false) Integer revision, @AuthenticationPrincipal CurrentUser user) {
		SopRevision shown = this.documents.shown(agency, revision, user);
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.header("X-Ukur-Sop-Revision", String.valueOf(shown.revision()));
		if ("yaml".equalsIgnoreCase(format)) {
			return response.contentType(YAML).body(this.sops.toYaml(shown.definition()));
		}
		return response.contentType(MediaType.APPLICATION_JSON).body(shown.definition());
	}

	@PutMapping(path = "/sop",
			consumes = { MediaType.APPLICATION_JSON_VALUE, "application/yaml", "application/x-yaml", "text/yaml",
					"text/plain" })
	@Operation(summary = "Publish a new revision (YAML or JSON body), validated whole",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = { @Content(mediaType = "application/yaml", schema = @Schema(type = "string")),
							@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
									schema = @Schema(implementation = SopDefinition.class)) }))
	RevisionJson publish(@PathVariable String agency, HttpServletRequest request,
			@RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate revisionDate,
			@RequestParam(required = false) String note, @RequestParam(required = false) Integer basedOn,
			@AuthenticationPrincipal CurrentUser user) throws IOException {
		// who may publish is decided before a byte of the body is read: reading and
		// parsing a large definition is the expensive part
		this.sops.require(agency, SopAction.PUBLISH, user);
		byte[] body = Limits.read(request.getInputStream(), request.getContentLengthLong(), Limits.SOP_DEFINITION,
				"body");
		boolean yaml = !contentType.toLowerCase(Locale.ROOT).contains("json");
		SopDefinition definition = this.sops.parse(new String(body, StandardCharsets.UTF_8), yaml);
		SopRevision revision = this.sops.publish(agency, definition, revisionDate, note, basedOn, user);
		return new RevisionJson(revision.revision(), revision.revisionDate(), revision.definition().steps().size(),
				revision.definition().lanes().size());
	}

	@GetMapping("/sop.pdf")
	@Operation(summary = "The official rendering as PDF (landscape)")
	ResponseEntity<byte[]> pdf(@PathVariable String agency, @RequestParam(required = false) Integer revision,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		SopRevision shown = this.documents.shown(agency, revision, user);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"inline; filename=\"sop-" + agency + "-rev" + shown.revision() + ".pdf\"")
			.body(this.documents.pdf(agency, shown, user, locale));
	}

	record RevisionJson(int revision, LocalDate revisionDate, int steps, int lanes) {
	}

}
