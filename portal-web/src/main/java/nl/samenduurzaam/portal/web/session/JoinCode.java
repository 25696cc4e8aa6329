package nl.samenduurzaam.portal.web.session;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.io.Serializable;
import java.util.Map;

/**
 * The QR code that takes a phone to the session room, for the page to draw as SVG: sharp on a projector at any size
 * and no image to fetch. {@code size} is the side in modules (quiet zone included), {@code path} the dark modules.
 */
public record JoinCode(int size, String path) implements Serializable {

    private static final int QUIET_ZONE = 2;

    static JoinCode of(String link) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("No QR code for " + link, tooLong);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return new JoinCode(matrix.getWidth(), path.toString());
    }
}
