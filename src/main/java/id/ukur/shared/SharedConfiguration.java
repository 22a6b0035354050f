package id.ukur.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module uses. */
@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

	/** The system's UTC clock, which the demo history may pin per thread. */
	@Bean
	Clock clock() {
		return new PinnableClock(Clock.systemUTC());
	}

}
