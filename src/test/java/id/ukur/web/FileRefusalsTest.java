package id.ukur.web;

import id.ukur.shared.InvalidInputException;
import id.ukur.shared.PayloadTooLargeException;
import id.ukur.shared.UnsupportedTypeException;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A refused upload answers 400 (empty), 413 (too large) or 415 (wrong kind): a problem
 * document naming the field under /api, the error page elsewhere.
 */
class FileRefusalsTest {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Uploads())
		.setControllerAdvice(new ExceptionHandling(messages()))
		.build();

	@Test
	void apiAnswersWithTheStatusAndTheFieldsProblem() throws Exception {
		this.mvc.perform(post("/api/upload/large").header("Accept-Language", "en"))
			.andExpect(status().is(413))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("The file or request is too large."))
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value("The file is too large; at most 10 MB"));
		this.mvc.perform(post("/api/upload/type"))
			.andExpect(status().is(415))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("Jenis berkas")));
		this.mvc.perform(post("/api/upload/empty"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	@Test
	void pagesShowTheErrorPageWithTheStatus() throws Exception {
		this.mvc.perform(post("/upload/large"))
			.andExpect(status().is(413))
			.andExpect(model().attribute("detailCode", "problem.tooLarge"));
		this.mvc.perform(post("/upload/type"))
			.andExpect(status().is(415))
			.andExpect(model().attribute("detailCode", "problem.fileType"));
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@RestController
	static class Uploads {

		@PostMapping({ "/api/upload/{refusal}", "/upload/{refusal}" })
		void upload(@PathVariable String refusal) {
			switch (refusal) {
				case "large" -> throw new PayloadTooLargeException("file", "validation.file.tooLarge", "10 MB");
				case "type" -> throw new UnsupportedTypeException("file", "validation.file.type");
				default -> throw new InvalidInputException("file", "validation.file.empty");
			}
		}

	}

}
