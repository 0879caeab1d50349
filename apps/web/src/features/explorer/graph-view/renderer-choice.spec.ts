import { chooseRenderer, isSoftwareRenderer } from './renderer-choice';

describe('chooseRenderer', () => {
  const noGpu = (): string | null => null;
  const gpu = (name: string) => (): string => name;

  it('uses WebGL when the browser has a hardware WebGL2 context', () => {
    expect(chooseRenderer('', gpu('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)'))).toBe('webgl');
    expect(chooseRenderer('', gpu('Apple M2'))).toBe('webgl');
  });

  it('keeps the canvas renderer without a WebGL2 context or with a software one', () => {
    expect(chooseRenderer('', noGpu)).toBe('canvas');
    expect(chooseRenderer('', gpu('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)'))).toBe('canvas');
    expect(chooseRenderer('', gpu('llvmpipe (LLVM 15.0.6, 256 bits)'))).toBe('canvas');
    expect(chooseRenderer('', gpu('ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)'))).toBe('canvas');
  });

  it('follows ?renderer= in the URL whatever the browser has', () => {
    expect(chooseRenderer('?renderer=webgl', noGpu)).toBe('webgl');
    expect(chooseRenderer('?tab=explorer&renderer=canvas', gpu('Apple M2'))).toBe('canvas');
    expect(chooseRenderer('?renderer=bogus', noGpu)).toBe('canvas');
  });

  it('does not probe the browser when the URL decides', () => {
    const probe = jest.fn(() => 'Apple M2');
    chooseRenderer('?renderer=canvas', probe);
    expect(probe).not.toHaveBeenCalled();
  });
});

describe('isSoftwareRenderer', () => {
  it('recognises software rasterisers by name, whatever the case', () => {
    expect(isSoftwareRenderer('Google SwiftShader')).toBe(true);
    expect(isSoftwareRenderer('Mesa softpipe')).toBe(true);
    expect(isSoftwareRenderer('Intel(R) UHD Graphics 620')).toBe(false);
  });
});
