package org.hebeiatlas.province;

/**
 * Hebei province, the root of the Atlas's geography and the subject of province-wide facts and figures.
 */
public record Province(String name, String nameZh) {

	public static final Province HEBEI = new Province("Hebei", "河北省");

}
