package id.ukur.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import id.ukur.shared.internal.PdfLog;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;

/**
 * Renders a Thymeleaf template to PDF with embedded DejaVu fonts, so every document
 * prints the same on every machine.
 */
@Component
public class PdfRenderer {

	private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

	private final ITemplateEngine templates;

	private final ApplicationContext context;

	private final ConversionService conversions;

	PdfRenderer(ITemplateEngine templates, ApplicationContext context, ConversionService mvcConversionService) {
		PdfLog.install();
		this.templates = templates;
		this.context = context;
		this.conversions = mvcConversionService;
	}

	/**
	 * @param template the template name, e.g. {@code pdf/pk}
	 * @param model the variables
	 * @param locale the language of the document
	 * @return the PDF
	 */
	public byte[] render(String template, Map<String, Object> model, Locale locale) {
		Context variables = new Context(locale, model);
		variables.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, this.conversions));
		String html = this.templates.process(template, variables);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
			font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
			font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
			font(builder, "DejaVuSansCondensed.ttf", 400, FontStyle.NORMAL, "DejaVu Sans Condensed");
			font(builder, "DejaVuSansCondensed-Bold.ttf", 700, FontStyle.NORMAL, "DejaVu Sans Condensed");
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
		font(builder, file, weight, style, "DejaVu Sans");
	}

	private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style, String family) {
		builder.useFont(() -> stream(file), family, weight, style, true);
	}

	private static InputStream stream(String file) {
		InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + file);
		if (in == null) {
			throw new IllegalStateException("Font missing from the class path: " + file);
		}
		return in;
	}

}
