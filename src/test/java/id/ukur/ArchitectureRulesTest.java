package id.ukur;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import id.ukur.organization.Role;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Rules the module boundaries alone do not keep: the pages and the API of the rounds (and
 * of plans and SOPs) show what the modules' policies allow and never decide from roles
 * themselves (docs/rounds.md, "Who may do what").
 */
class ArchitectureRulesTest {

	/** The web packages that read actions from views, never roles. */
	static final List<String> ROLE_FREE_WEB_PACKAGES = List.of("id.ukur.round.web");

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("id.ukur");

	@Test
	void noWebClassOfTheRoundsDecidesFromRoles() {
		ArchRule rule = noClasses().that()
			.resideInAnyPackage(ROLE_FREE_WEB_PACKAGES.toArray(String[]::new))
			.should()
			.dependOnClassesThat()
			.areAssignableTo(Role.class)
			.because("the module's policy decides who may act; its views carry the actions");
		rule.check(CLASSES);
	}

}
