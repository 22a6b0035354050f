package id.ukur;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.Repository;

import id.ukur.organization.Role;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Rules the module boundaries alone do not keep. The pages and the API of rounds, plans
 * and SOPs show what the modules' policies allow and never decide from roles themselves
 * (docs/rounds.md, "Who may do what"; docs/security.md, "Plan and SOP permissions"); the
 * user administration pages may list roles to assign them. Persistence types stay inside
 * their module.
 */
class ArchitectureRulesTest {

	/** The web packages that read actions from views, never roles. */
	static final List<String> ROLE_FREE_WEB_PACKAGES = List.of("id.ukur.round.web", "id.ukur.plan.web",
			"id.ukur.sop.web");

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("id.ukur");

	@Test
	void noWebClassOfRoundsPlansOrSopsDecidesFromRoles() {
		ArchRule rule = noClasses().that()
			.resideInAnyPackage(ROLE_FREE_WEB_PACKAGES.toArray(String[]::new))
			.should()
			.dependOnClassesThat()
			.areAssignableTo(Role.class)
			.because("the module's policy decides who may act; its views carry the actions");
		rule.check(CLASSES);
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
		named.check(CLASSES);
		ArchRule mapped = classes().that()
			.areAssignableTo(Repository.class)
			.or()
			.areAnnotatedWith(Table.class)
			.or()
			.areAnnotatedWith("jakarta.persistence.Entity")
			.should()
			.notBePublic()
			.because("Spring Data repositories and mapped entities belong to their module's internals");
		mapped.check(CLASSES);
	}

}
