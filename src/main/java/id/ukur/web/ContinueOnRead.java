package id.ukur.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A client that asks before sending a large body ({@code Expect: 100-continue}, as curl
 * does for bodies over 1 MB) is told to go on only when the application starts reading
 * the body. A request refused before that (no permission, a declared length over the
 * limit) is answered without the body ever being sent. Tomcat's default answers
 * "continue" at once, before any check.
 */
@Configuration(proxyBeanMethods = false)
class ContinueOnRead {

	@Bean
	TomcatConnectorCustomizer continueWhenTheBodyIsRead() {
		return (connector) -> connector.setProperty("continueResponseTiming", "onRead");
	}

}
