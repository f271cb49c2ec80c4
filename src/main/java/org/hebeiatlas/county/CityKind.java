package org.hebeiatlas.county;

/**
 * The administrative rank of a city that counties belong to.
 */
public enum CityKind {

	/** A prefecture-level city (地级市). */
	PREFECTURE_CITY,
	/** A state-level new area (国家级新区) such as Xiong'an. */
	NEW_AREA

}
