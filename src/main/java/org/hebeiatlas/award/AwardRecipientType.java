package org.hebeiatlas.award;

/**
 * What kind of object receives an award.
 */
public enum AwardRecipientType {

	/** A company, by its slug. */
	COMPANY,
	/** A product, by its slug. */
	PRODUCT,
	/** An industrial cluster, by its slug. */
	CLUSTER,
	/** A county-level place, by its slug. */
	COUNTY

}
