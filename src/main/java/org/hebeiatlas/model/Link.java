package org.hebeiatlas.model;

/**
 * One row of a many-to-many association read for a batch: the owner's id and one of its targets.
 */
public record Link<T>(Long ownerId, T target) {

}
