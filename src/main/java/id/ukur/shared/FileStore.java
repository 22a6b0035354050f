package id.ukur.shared;

import java.util.Optional;

/**
 * Keeps uploaded files (evidence) where every node of the application can read them.
 * Files are checked before they are kept: not empty, not over the size limit
 * ({@code ukur.evidence.max-bytes}) and of an accepted type, judged by the content itself
 * (PDF, PNG, JPEG, GIF, XLSX, DOCX), never by the name or the type the client declared.
 * <p>
 * Storing joins the caller's transaction when there is one, so a file and the record that
 * refers to it are kept or dropped together.
 */
public interface FileStore {

	/**
	 * Checks and keeps a file.
	 * @param originalName the name the client gave (may be null, may hold a path)
	 * @param content the bytes
	 * @return the stored file with its key, safe name and detected content type
	 * @throws InvalidInputException when the content is empty (field {@code file})
	 * @throws PayloadTooLargeException when it is over the size limit
	 * @throws UnsupportedTypeException when the content is of no accepted type
	 */
	StoredFile store(String originalName, byte[] content);

	/**
	 * Keeps a file Ukur rendered itself (a sealed report). Only the size limit and the
	 * type are checked: the checks for hostile uploads look for markup in a file's first
	 * bytes, and a rendered PDF carries its title there, which is the people's own text
	 * (an agency's name) and may look like markup without being any.
	 * @param name the file name
	 * @param content the bytes
	 * @return the stored file
	 */
	StoredFile storeRendered(String name, byte[] content);

	/**
	 * @param key the key given by {@link #store}
	 * @return the file's description, empty for an unknown key
	 */
	Optional<StoredFile> describe(String key);

	/**
	 * @param key the key given by {@link #store}
	 * @return the bytes
	 * @throws NotFoundException for an unknown key
	 */
	byte[] content(String key);

	/**
	 * A file kept in the store: its random key, the safe name it is offered under, the
	 * content type found by reading the content, the size in bytes and the SHA-256 of the
	 * content (64 lower-case hex digits).
	 */
	record StoredFile(String key, String fileName, String contentType, long size, String sha256) {
	}

}
