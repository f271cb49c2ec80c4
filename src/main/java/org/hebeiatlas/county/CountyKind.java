package org.hebeiatlas.county;

/**
 * The administrative rank of a county-level place.
 */
public enum CountyKind {

	/** A county (县). */
	COUNTY,
	/** A county-level city (县级市). */
	COUNTY_LEVEL_CITY,
	/** A city district (区). */
	DISTRICT,
	/** A town or village (镇, 村) known for its own cluster. */
	TOWN,
	/** A new city or new area (新城, 新区). */
	NEW_AREA

}
