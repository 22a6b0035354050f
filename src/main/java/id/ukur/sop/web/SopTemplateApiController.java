package id.ukur.sop.web;

import java.util.List;

import id.ukur.organization.CurrentUser;
import id.ukur.sop.SopRevision;
import id.ukur.sop.SopTemplates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The starting SOPs, and starting an agency's SOP from one of them, for scripts. */
@RestController
@Tag(name = "SOP", description = "SOP definitions, revisions and the official rendering")
class SopTemplateApiController {

	private final SopTemplates templates;

	SopTemplateApiController(SopTemplates templates) {
		this.templates = templates;
	}

	@GetMapping("/api/v1/sop-templates")
	@Operation(summary = "The starting SOPs an agency without an SOP may take")
	List<SopTemplates.Template> templates() {
		return this.templates.templates();
	}

	@PostMapping("/api/v1/agencies/{agency}/sop/start")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Publish a starting SOP as the agency's first revision (the agency's planner);"
			+ " 409 when it has an SOP")
	SopApiController.RevisionJson start(@PathVariable String agency, @RequestBody StartJson body,
			@AuthenticationPrincipal CurrentUser user) {
		SopRevision revision = this.templates.start(agency, body.template(), user);
		return new SopApiController.RevisionJson(revision.revision(), revision.revisionDate(),
				revision.definition().steps().size(), revision.definition().lanes().size());
	}

	record StartJson(String template) {
	}

}
