package id.ukur.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module uses. */
@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
