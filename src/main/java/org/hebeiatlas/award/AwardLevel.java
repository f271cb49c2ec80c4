package org.hebeiatlas.award;

/**
 * Who stands behind an award or title.
 */
public enum AwardLevel {

	/** An international award, such as Red Dot. */
	INTERNATIONAL,
	/** A title granted by a national ministry or agency. */
	NATIONAL,
	/** A title granted by the province. */
	PROVINCIAL,
	/** A title granted by an industry association. */
	INDUSTRY,
	/** A popular epithet that no body granted. */
	EPITHET

}
