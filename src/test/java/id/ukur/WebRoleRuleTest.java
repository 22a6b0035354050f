package id.ukur;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import id.ukur.organization.Role;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Pages of plans and SOPs do not decide who may act from roles: they show what the
 * module's policy allows (docs/security.md, "Plan and SOP permissions"). Persistence
 * types (stores, records, repositories, entities) stay inside their module.
 */
class WebRoleRuleTest {

	/** The web packages that must not know roles (round's has its own rule). */
	static final List<String> PLAN_AND_SOP_WEB = List.of("id.ukur.plan.web", "id.ukur.sop.web");

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("id.ukur");

	@Test
	void planAndSopPagesDoNotDependOnRoles() {
		ArchRule rule = noClasses().that()
			.resideInAnyPackage(PLAN_AND_SOP_WEB.toArray(String[]::new))
			.should()
			.dependOnClassesThat()
			.areAssignableTo(Role.class)
			.because("who may act is decided by PlanPolicy and SopPolicy; pages show the actions they allow");
		rule.check(MAIN);
	}

	@Test
	void persistenceTypesAreNotPublic() {
		ArchRule named = classes().that()
			.resideInAPackage("id.ukur..internal..")
			.and()
			.haveNameMatching(".*(Store|Record|Repository|Entity)")
			.should()
			.notBePublic()
			.because("a module's stores, records and repositories are reached through its API only");
		named.check(MAIN);
		ArchRule mapped = classes().that()
			.areAssignableTo(org.springframework.data.repository.Repository.class)
			.or()
			.areAnnotatedWith(org.springframework.data.relational.core.mapping.Table.class)
			.or()
			.areAnnotatedWith("jakarta.persistence.Entity")
			.should()
			.notBePublic()
			.because("Spring Data repositories and mapped entities belong to their module's internals");
		mapped.check(MAIN);
	}

}
