package id.ukur.shared;

import java.util.List;

/**
 * Implemented by modules that have work waiting for users; the home page asks every
 * contributor.
 */
public interface InboxContributor {

	/**
	 * Items waiting for the given user.
	 * @param userId the user's id
	 * @return the items, never null
	 */
	List<InboxItem> itemsFor(long userId);

	/**
	 * The running measurements of the user's agency, with the step that holds each.
	 * @param userId the user's id
	 * @return the rounds, never null; none by default
	 */
	default List<InboxRound> roundsFor(long userId) {
		return List.of();
	}

}
