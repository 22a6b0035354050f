package id.ukur.plan.internal;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Counts the rows of one sheet of an XLSX by streaming its XML, stopping at a limit: a
 * workbook with a hundred thousand rows is refused after reading a few thousand of them,
 * not after POI has built all of them.
 */
final class WorkbookRows {

	private WorkbookRows() {
	}

	/**
	 * @return whether the named sheet has more than {@code limit} rows (false when there
	 * is no such sheet: the caller reports that)
	 */
	static boolean over(OPCPackage pkg, String sheetName, int limit) throws IOException {
		try {
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					if (sheetName.equals(sheets.getSheetName())) {
						return count(sheet, limit) > limit;
					}
				}
			}
			return false;
		}
		catch (OpenXML4JException | XMLStreamException ex) {
			throw new IOException(ex);
		}
	}

	/** The rows counted, at most {@code limit + 1}. */
	private static int count(InputStream sheet, int limit) throws XMLStreamException {
		XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
		try {
			int rows = 0;
			while (xml.hasNext() && rows <= limit) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
					rows++;
				}
			}
			return rows;
		}
		finally {
			xml.close();
		}
	}

}
