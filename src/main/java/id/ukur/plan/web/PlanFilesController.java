package id.ukur.plan.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Letterheads;
import id.ukur.organization.Organization;
import id.ukur.plan.PlanAction;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.PlanOutline;
import id.ukur.plan.PlanWorkbooks;
import id.ukur.plan.Plans;
import id.ukur.shared.ConflictException;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.Limits;
import id.ukur.shared.NotFoundException;
import id.ukur.shared.PdfRenderer;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Plan files: the workbook template, export and upload; the Perjanjian Kinerja page and
 * PDF.
 */
@Controller
@RequestMapping("/agencies/{agency}/plans/{year}")
class PlanFilesController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Plans plans;

	private final PlanWorkbooks workbooks;

	private final Organization organization;

	private final PlanPagesController pages;

	private final PdfRenderer pdf;

	private final Letterheads letterheads;

	PlanFilesController(Plans plans, PlanWorkbooks workbooks, Organization organization, PlanPagesController pages,
			PdfRenderer pdf, Letterheads letterheads) {
		this.letterheads = letterheads;
		this.plans = plans;
		this.workbooks = workbooks;
		this.organization = organization;
		this.pages = pages;
		this.pdf = pdf;
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> template(@PathVariable String agency, @PathVariable int year,
			@AuthenticationPrincipal CurrentUser user) {
		return file(this.workbooks.template(agency, year, user), XLSX,
				"template-rencana-" + agency + "-" + year + ".xlsx");
	}

	@GetMapping("/plan.xlsx")
	ResponseEntity<byte[]> export(@PathVariable String agency, @PathVariable int year,
			@AuthenticationPrincipal CurrentUser user) {
		return file(this.workbooks.export(agency, year, user), XLSX, "rencana-" + agency + "-" + year + ".xlsx");
	}

	@GetMapping("/import")
	String importPage(@PathVariable String agency, @PathVariable int year, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		this.plans.require(agency, PlanAction.IMPORT, user);
		this.pages.common(agency, year, user, model);
		// the import replaces the plan as this page showed it (a newer one refuses it)
		model.addAttribute("planVersion",
				this.plans.document(agency, year, user).map(PlanDocument::version).orElse(null));
		return "plan/import";
	}

	@PostMapping("/import")
	String upload(@PathVariable String agency, @PathVariable int year, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) throws IOException {
		// permission first, then the size, and only then is the workbook opened
		this.plans.require(agency, PlanAction.IMPORT, user);
		model.addAttribute("reason", reason);
		if (file.isEmpty() || file.getSize() > Limits.PLAN_WORKBOOK) {
			model.addAttribute("uploadError", file.isEmpty() ? new FieldProblem("file", "plan.upload.empty")
					: new FieldProblem("file", "validation.body.tooLarge", Limits.readable(Limits.PLAN_WORKBOOK)));
			return importPage(agency, year, user, model);
		}
		PlanWorkbooks.ImportResult result;
		try {
			result = this.workbooks.importWorkbook(agency, year, file.getInputStream(), reason, version, user);
		}
		catch (InvalidInputException ex) {
			if ("reason".equals(ex.problems().get(0).field())) {
				model.addAttribute("reasonError", ex.problems().get(0));
			}
			else {
				model.addAttribute("uploadError", ex.problems().get(0));
			}
			return importPage(agency, year, user, model);
		}
		catch (ConflictException ex) {
			model.addAttribute("uploadError", new FieldProblem("file", ex.code(), ex.args()));
			return importPage(agency, year, user, model);
		}
		if (result.accepted()) {
			redirect.addFlashAttribute("message", "plan.imported");
			redirect.addFlashAttribute("warnings", result.saved().warnings());
			return "redirect:/agencies/" + agency + "/plans/" + year;
		}
		model.addAttribute("problems", result.problems());
		model.addAttribute("fileName", file.getOriginalFilename());
		return importPage(agency, year, user, model);
	}

	@GetMapping("/pk")
	String agreement(@PathVariable String agency, @PathVariable int year, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		this.pages.common(agency, year, user, model);
		model.addAllAttributes(agreementModel(agency, year, user));
		return "plan/pk";
	}

	@GetMapping("/pk.pdf")
	ResponseEntity<byte[]> agreementPdf(@PathVariable String agency, @PathVariable int year,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		Map<String, Object> model = agreementModel(agency, year, user);
		// the region's letterhead heads the printed PK only (docs/rounds.md, "Documents")
		model.put("letterhead", this.letterheads.of(((id.ukur.organization.RegionView) model.get("region")).id()));
		byte[] document = this.pdf.render("pdf/pk", model, locale);
		return file(document, MediaType.APPLICATION_PDF, "perjanjian-kinerja-" + agency + "-" + year + ".pdf");
	}

	private Map<String, Object> agreementModel(String agencyCode, int year, CurrentUser user) {
		AgencyView agency = this.organization.agency(agencyCode, user);
		PlanDocument document = this.plans.document(agencyCode, year, user)
			.orElseThrow(() -> new NotFoundException("plan.unknown", year));
		PlanOutline outline = PlanOutline.of(document);
		Map<String, Object> model = new HashMap<>();
		model.put("agency", agency);
		model.put("year", year);
		var region = this.organization.region(agency.regionId());
		model.put("region", region);
		model.put("regionTitle", region.name().replaceFirst("^(Kabupaten|Kota|Provinsi) ", ""));
		model.put("head", this.plans.signatory(agencyCode, user).orElse(null));
		List<PlanOutline.Placed> keyIndicators = outline.indicators()
			.stream()
			.filter((placed) -> placed.node().kind() == id.ukur.plan.NodeKind.OBJECTIVE)
			.toList();
		model.put("objectiveIndicators", keyIndicators);
		model.put("programs",
				outline.all().stream().filter((node) -> node.kind() == id.ukur.plan.NodeKind.PROGRAM).toList());
		model.put("totalBudget",
				outline.all()
					.stream()
					.filter((node) -> node.kind() == id.ukur.plan.NodeKind.PROGRAM && node.budget() != null)
					.map(PlanOutline.OutlineNode::budget)
					.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
		return model;
	}

	static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}

}
