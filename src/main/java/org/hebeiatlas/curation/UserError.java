package org.hebeiatlas.curation;

import java.util.List;

/**
 * A problem with a write that the client can fix; when a payload carries one, nothing was written.
 *
 * @param field the path to the input field at fault, such as {@code ["input", "slug"]}
 */
public record UserError(List<String> field, String message, UserErrorCode code) {

}
