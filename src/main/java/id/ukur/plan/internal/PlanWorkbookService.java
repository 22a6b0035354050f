package id.ukur.plan.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.UnitView;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PlanAction;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.PlanWorkbooks;
import id.ukur.plan.Plans;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PlanWorkbookService implements PlanWorkbooks {

	private final Organization organization;

	private final Plans plans;

	PlanWorkbookService(Organization organization, Plans plans) {
		this.organization = organization;
		this.plans = plans;
	}

	@Override
	public byte[] template(String agencyCode, int year, CurrentUser user) {
		AgencyView agency = this.organization.agency(agencyCode, user);
		return new PlanWorkbookWriter(agency.name(), year, unitCodes(agencyCode, user)).bytes();
	}

	@Override
	public byte[] export(String agencyCode, int year, CurrentUser user) {
		AgencyView agency = this.organization.agency(agencyCode, user);
		PlanDocument document = this.plans.document(agencyCode, year, user)
			.orElseThrow(() -> new NotFoundException("plan.unknown", year));
		PlanWorkbookWriter writer = new PlanWorkbookWriter(agency.name(), year, unitCodes(agencyCode, user));
		PlanTree.roots(document).forEach((root) -> writer.node(root, null));
		return writer.bytes();
	}

	@Override
	@Transactional
	public ImportResult importWorkbook(String agencyCode, int year, InputStream input, String reason, Long version,
			CurrentUser user) {
		this.plans.require(agencyCode, PlanAction.IMPORT, user);
		PlanWorkbookReader reader = new PlanWorkbookReader();
		PlanDocument document = reader.read(input, year);
		List<RowProblem> problems = new ArrayList<>(reader.problems);
		if (document != null) {
			List<Node> roots = PlanTree.roots(document);
			Set<String> units = Set.copyOf(unitCodes(agencyCode, user));
			PlanValidator.PlanCheck check = PlanValidator.check(year, year, roots, units);
			// a cell that could not be read is reported once, not again as the empty
			// value it became
			Set<String> unreadable = reader.problems.stream()
				.map((problem) -> problem.row() + "/" + problem.column())
				.collect(Collectors.toSet());
			for (FieldProblem error : check.errors()) {
				RowProblem located = locate(error, roots, reader);
				if (!unreadable.contains(located.row() + "/" + located.column())) {
					problems.add(located);
				}
			}
		}
		if (!problems.isEmpty() || document == null) {
			problems.sort(Comparator.comparingInt(RowProblem::row));
			return new ImportResult(null, problems, reader.rows);
		}
		return new ImportResult(
				this.plans.replace(agencyCode, year, new PlanDocument(year, version, document.goals()), reason, user),
				List.of(), reader.rows);
	}

	/** Finds the row and column of a validation problem from its document path. */
	private static RowProblem locate(FieldProblem error, List<Node> roots, PlanWorkbookReader reader) {
		for (Node root : roots) {
			for (Node node : root.flatten()) {
				for (int i = 0; i < node.indicators().size(); i++) {
					String prefix = node.path() + ".indicators[" + i + "].";
					if (error.field().startsWith(prefix)) {
						IndicatorDoc indicator = node.indicators().get(i);
						return new RowProblem(reader.indicatorRows.getOrDefault(indicator, 0),
								column(error.field().substring(prefix.length())), error.code(), error.args());
					}
				}
				String prefix = node.path() + ".";
				if (error.field().startsWith(prefix) && !error.field().substring(prefix.length()).contains("[")) {
					return new RowProblem(reader.nodeRows.getOrDefault(node.code(), 0),
							column(error.field().substring(prefix.length())), error.code(), error.args());
				}
			}
		}
		return new RowProblem(0, "", error.code(), error.args());
	}

	private static String column(String field) {
		String name = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
		name = name.contains("[") ? name.substring(0, name.indexOf('[')) : name;
		Integer column = WorkbookColumns.FIELD_COLUMNS.get(name);
		if (column == null) {
			return field;
		}
		String header = WorkbookColumns.HEADERS.get(column);
		if (field.contains(".TW")) {
			return header.replaceAll("TW\\d", "").trim() + " " + field.substring(field.indexOf(".TW") + 1);
		}
		return header;
	}

	private List<String> unitCodes(String agencyCode, CurrentUser user) {
		return this.organization.units(agencyCode, user).stream().map(UnitView::code).collect(Collectors.toList());
	}

}
