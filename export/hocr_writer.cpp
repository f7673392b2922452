#include <string>

#include "core/text.hpp"
#include "export/export.hpp"

namespace akn {

std::string write_hocr(const Document& doc, std::string_view ocr_system) {
  // The document TessHOcrRenderer writes around the pages.
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"\n"
      "    \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
      "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" lang=\"en\">\n"
      " <head>\n"
      "  <title>" + xml_escape(doc.source.name) + "</title>\n"
      "  <meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\"/>\n"
      "  <meta name='ocr-system' content='" + xml_escape(ocr_system) + "' />\n"
      "  <meta name='ocr-capabilities' content='ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf'/>\n"
      " </head>\n"
      " <body>\n";
  for (const Page& page : doc.pages)
    if (page.ocr) out += page.hocr;
  out += " </body>\n</html>\n";
  return out;
}

}  // namespace akn
