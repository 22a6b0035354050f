package id.ukur.sop.web;

import static org.assertj.core.api.Assertions.assertThat;
import id.ukur.sop.SopAction;
import java.util.EnumSet;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.Role;
import id.ukur.sop.SopDefinition;
import id.ukur.sop.SopRevision;
import id.ukur.sop.Sops;
import id.ukur.web.PageSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The SOP editor's publish: a form that reads goes to {@link Sops#publish} as typed (the
 * service checks the SOP's rules); a role or date that cannot be read keeps the form with
 * the problems listed and nothing is published.
 */
@WebMvcTest(controllers = SopEditController.class)
@Import(PageSlice.class)
class SopEditControllerWebTest {

	private static final String EDITOR = "/agencies/pwk-dkupp/sop/edit";

	private final CurrentUser planner = new CurrentUser(12, "pwk-dkupp.perencana", "", "Perencana", 1, "pwk", 2L,
			"pwk-dkupp", null, null, Set.of(Role.PLANNER), true);

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private Sops sops;

	@MockitoBean
	private Organization organization;

	@MockitoBean
	private SopDocuments documents;

	@BeforeEach
	void editor() {
		given(this.sops.actions(eq("pwk-dkupp"), any())).willReturn(EnumSet.allOf(SopAction.class));
		given(this.sops.described(any())).willAnswer((call) -> call.getArgument(0));
		given(this.organization.agency(eq("pwk-dkupp"), any())).willReturn(new AgencyView(2, "pwk-dkupp",
				"Dinas Koperasi", "DKUPP", "Jl. Ibrahim Singadilaga", true, 1, "pwk", "Kabupaten Purwakarta"));
	}

	@Test
	void aFormThatReadsIsPublishedAsTyped() {
		given(this.sops.publish(anyString(), any(), any(), any(), any(), any()))
			.willAnswer((call) -> new SopRevision(9, 2, 3, true, call.getArgument(2), null,
					Instant.parse("2026-12-07T03:00:00Z"), "pwk-dkupp.perencana", call.getArgument(1)));

		assertThat(this.mvc.post()
			.uri(EDITOR)
			.with(user(this.planner))
			.with(csrf())
			.param("identity.name", "SOP Pengukuran Kinerja")
			.param("lanes[0].key", "kepala")
			.param("lanes[0].name", "Kepala Dinas")
			.param("lanes[0].role", "HEAD")
			.param("steps[0].activity", "Memerintahkan pengukuran kinerja")
			.param("steps[0].lanes", "kepala")
			.param("revisionDate", "2026-12-07")
			.param("basedOn", "2")
			.param("note", "Langkah disederhanakan")).hasStatus(302)
			.hasRedirectedUrl("/agencies/pwk-dkupp/sop")
			.flash()
			.containsEntry("published", 3);

		ArgumentCaptor<SopDefinition> definition = ArgumentCaptor.forClass(SopDefinition.class);
		then(this.sops).should()
			.publish(eq("pwk-dkupp"), definition.capture(), eq(LocalDate.of(2026, 12, 7)), eq("Langkah disederhanakan"),
					eq(2), eq(this.planner));
		assertThat(definition.getValue().identity().name()).isEqualTo("SOP Pengukuran Kinerja");
		assertThat(definition.getValue().lanes()).singleElement()
			.isEqualTo(new SopDefinition.Lane("kepala", "Kepala Dinas", Role.HEAD));
		assertThat(definition.getValue().steps()).singleElement()
			.satisfies((step) -> assertThat(step.lanes()).containsExactly("kepala"));
	}

	@Test
	void aRoleAndADateThatCannotBeReadKeepTheFormAndNothingIsPublished() {
		assertThat(this.mvc.post()
			.uri(EDITOR)
			.with(user(this.planner))
			.with(csrf())
			.param("identity.name", "SOP Pengukuran Kinerja")
			.param("lanes[0].key", "kepala")
			.param("lanes[0].name", "Kepala Dinas")
			.param("lanes[0].role", "BOSS")
			.param("revisionDate", "")).hasStatus(200)
			.hasViewName("sop/edit")
			.bodyText()
			.contains("id=\"sop-problems\"")
			.contains("Wajib diisi")
			.contains("value=\"Kepala Dinas\"");

		then(this.sops).should(never()).publish(anyString(), any(), any(), any(), any(), any());
	}

}
