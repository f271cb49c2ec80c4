package org.hebeiatlas.curation;

/**
 * What a delete does to the objects that still refer to the one deleted.
 */
public enum OnDependants {

	/** Refuse the delete while anything refers to the object. */
	REFUSE,
	/** Keep the dependants and drop their reference to the deleted object. */
	DETACH,
	/** Delete the dependants too. */
	DELETE

}
