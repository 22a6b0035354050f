package id.ukur;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to their boundaries; their documentation is written to target/. */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(UkurApplication.class);

	@Test
	void modulesAreHonest() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
