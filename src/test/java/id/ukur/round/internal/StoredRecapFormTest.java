package id.ukur.round.internal;

import id.ukur.generator.Samples;
import id.ukur.round.Period;
import id.ukur.round.Recap;
import id.ukur.round.RecapExplanations;
import id.ukur.shared.Numbers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recap stored before explanations were made on demand ({@code recap-stored-v1.json},
 * written by the code of that time, with every explanation as text) still reads, and
 * shows exactly the texts it was stored with.
 */
class StoredRecapFormTest {

	static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	@Test
	void aRecapStoredWithItsTextsShowsThemAsStored() throws IOException {
		RecapEquivalenceTest.Case c = new RecapEquivalenceTest.Case("capped 0 TW2", RecapEquivalenceTest.CAPPED,
				Period.TW2, Samples.agencies(42, 1, 60).get(0));
		Recap today = c.reference();
		String capture = System.getProperty("ukur.captureStored");
		if (capture != null) {
			Files.writeString(Path.of(capture), JSON.writeValueAsString(today));
		}
		String stored;
		try (InputStream in = StoredRecapFormTest.class.getResourceAsStream("recap-stored-v1.json")) {
			stored = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Recap read = JSON.readerFor(Recap.class).withAttribute(Numbers.STORED_JSON, true).readValue(stored);
		assertThat(RecapViews.comparable(read)).isEqualTo(RecapViews.comparable(today));
		assertThat(today.indicators()).allSatisfy((i) -> assertThat(i.explanation()).isNotBlank());
		assertThat(RecapExplanations.render(read)).isEqualTo(read);
	}

	@Test
	void aRecapStoredWithoutTextsReadsBackAndShowsTheSameTexts() {
		for (RecapEquivalenceTest.Case c : RecapEquivalenceTest.cases().subList(0, 28)) {
			Recap calculated = c.calculated();
			assertThat(calculated.indicators()).allSatisfy((i) -> assertThat(i.explanation()).isNull());
			Recap read = JSON.readerFor(Recap.class)
				.withAttribute(Numbers.STORED_JSON, true)
				.readValue(JSON.writeValueAsString(calculated));
			assertThat(RecapViews.comparable(RecapExplanations.render(read))).as(c.name())
				.isEqualTo(RecapViews.comparable(c.reference()));
		}
	}

}
