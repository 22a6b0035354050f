package id.ukur.calculation;

/**
 * The rating (predikat) an achievement falls in.
 *
 * @param code the band's code, e.g. {@code TINGGI}
 * @param labelId the Indonesian label, e.g. {@code Tinggi}
 * @param labelEn the English label, e.g. {@code High}
 */
public record Rating(String code, String labelId, String labelEn) {

}
