package org.hebeiatlas.curation;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Runs a transactional write and turns its refusal into a payload with user errors.
 */
public final class Writes {

	private Writes() {
	}

	public static <P> P attempt(Supplier<P> write, Function<List<UserError>, P> rejected) {
		try {
			return write.get();
		}
		catch (RejectedWriteException ex) {
			return rejected.apply(ex.getErrors());
		}
		catch (DataIntegrityViolationException ex) {
			// Checks ran before writing; a constraint can still fail when another write took the same slug meanwhile.
			return rejected.apply(List.of(new UserError(List.of("input"),
					"Conflicts with another write made at the same time; read the data again and retry.",
					UserErrorCode.DUPLICATE)));
		}
	}

}
