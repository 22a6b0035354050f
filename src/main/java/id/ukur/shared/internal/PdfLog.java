package id.ukur.shared.internal;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the PDF renderer's log to SLF4J under its own names
 * ({@code com.openhtmltopdf.*}), where {@code logging.level.com.openhtmltopdf} sets what
 * is shown. The renderer otherwise prints its progress lines to the console itself, on
 * every document, past Spring Boot's logging (README, "Quick start": a clean console).
 */
public final class PdfLog implements XRLogger {

	private PdfLog() {
	}

	/** Routes the renderer's log through SLF4J; harmless when called again. */
	public static void install() {
		if (!(XRLog.getLoggerImpl() instanceof PdfLog)) {
			XRLog.setLoggerImpl(new PdfLog());
		}
	}

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		Logger logger = LoggerFactory.getLogger(where);
		int value = level.intValue();
		if (value >= Level.SEVERE.intValue()) {
			logger.error(message, error);
		}
		else if (value >= Level.WARNING.intValue()) {
			logger.warn(message, error);
		}
		else if (value >= Level.INFO.intValue()) {
			logger.info(message, error);
		}
		else {
			logger.debug(message, error);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// levels are set in application.properties (logging.level.com.openhtmltopdf)
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
		int value = diagnostic.getLevel().intValue();
		if (value >= Level.SEVERE.intValue()) {
			return logger.isErrorEnabled();
		}
		if (value >= Level.WARNING.intValue()) {
			return logger.isWarnEnabled();
		}
		return (value >= Level.INFO.intValue()) ? logger.isInfoEnabled() : logger.isDebugEnabled();
	}

}
